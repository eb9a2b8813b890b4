briefingSearch.terms("ah",{"ahn":[0,4]});
