briefingSearch.terms("ea",{"early":[1,2]});
