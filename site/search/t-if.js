briefingSearch.terms("if",{"if":[1,2]});
