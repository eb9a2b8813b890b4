briefingSearch.terms("du",{"during":[0,1]});
