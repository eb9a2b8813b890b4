briefingSearch.terms("fe",{"february":[1,1]});
